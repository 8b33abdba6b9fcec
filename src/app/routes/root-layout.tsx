import { Link, Outlet } from '@tanstack/react-router';
import { useTranslation } from '@/lib/use-translation';
import { paths } from '@/config/paths';
import { CorpusGate } from '@/features/corpora/components/corpus-gate';
import { LanguageSwitch } from '../language-switch';
import { LanguageSync } from '../language-sync';
import { ShareViewButton } from '../share-view-button';

export function RootLayout() {
  const { t } = useTranslation();
  return (
    <div className="flex min-h-dvh flex-col bg-stone-50 text-stone-900">
      <LanguageSync />
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2 focus:shadow"
      >
        {t('app.skipToContent')}
      </a>
      {/*
        A fixed shape: brand, Copy link and language switch on one row, the sections on the next.
        Nothing wraps differently when the web fonts arrive, so the page does not jump.
      */}
      <header className="border-b border-stone-200 bg-white">
        <div className="mx-auto grid max-w-7xl grid-cols-[minmax(0,1fr)_auto] items-center gap-x-3 gap-y-1 px-4 py-2">
          <p className="flex min-w-0 items-baseline gap-3 leading-8 whitespace-nowrap">
            <Link
              to={paths.home.path}
              className="text-xl font-bold text-teal-900 hover:text-teal-700"
            >
              {t('app.name')}
            </Link>
            <span className="hidden truncate text-sm text-stone-600 sm:inline">
              {t('app.tagline')}
            </span>
          </p>
          {/*
            Copy link sits with the language switch: one per view, on every view. Positioned,
            so its confirmation opens under it at the header's end, on any screen width.
          */}
          <div className="relative flex items-center gap-2">
            <ShareViewButton />
            <LanguageSwitch />
          </div>
          <nav
            aria-label={t('app.primaryNav')}
            className="col-span-2 flex flex-wrap gap-x-4 text-sm leading-7"
          >
            <Link
              to={paths.home.path}
              activeOptions={{ exact: true, includeSearch: false }}
              className="font-medium text-teal-800 hover:underline aria-[current=page]:underline"
            >
              {t('timeline.navEvents')}
            </Link>
            <Link
              to={paths.timeline.path}
              className="font-medium text-teal-800 hover:underline aria-[current=page]:underline"
            >
              {t('timeline.nav')}
            </Link>
            <Link
              to={paths.map.path}
              className="font-medium text-teal-800 hover:underline aria-[current=page]:underline"
            >
              {t('map.nav')}
            </Link>
            <Link
              to={paths.actors.path}
              activeOptions={{ exact: true, includeSearch: false }}
              className="font-medium text-teal-800 hover:underline aria-[current=page]:underline"
            >
              {t('actors.nav')}
            </Link>
            <Link
              to={paths.sources.path}
              activeOptions={{ exact: true, includeSearch: false }}
              className="font-medium text-teal-800 hover:underline aria-[current=page]:underline"
            >
              {t('sources.nav')}
            </Link>
            <Link
              to={paths.corpora.path}
              className="font-medium text-teal-800 hover:underline aria-[current=page]:underline"
            >
              {t('corpora.nav')}
            </Link>
            <Link
              to={paths.workbench.path}
              className="font-medium text-teal-800 hover:underline aria-[current=page]:underline"
            >
              {t('workbench.nav')}
            </Link>
          </nav>
        </div>
      </header>
      {/*
       * At least a screen tall: the footer starts below the fold, so content arriving never pushes it.
       * A view that lays parties side by side (data-wide-view) may use more of a wide screen.
       */}
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto min-h-dvh w-full max-w-7xl min-w-0 flex-1 px-4 py-6 has-data-wide-view:max-w-[104rem]"
      >
        {/* Which corpus the pages read: bundled, imported (?corpus=) or a link's snapshot. */}
        <CorpusGate>
          <Outlet />
        </CorpusGate>
      </main>
      <footer className="border-t border-stone-200 bg-white">
        <p className="mx-auto max-w-7xl px-4 py-4 text-sm text-stone-600">{t('app.footer')}</p>
      </footer>
    </div>
  );
}
