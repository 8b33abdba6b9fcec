import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-to-text';

describe('htmlToText', () => {
  it('keeps the words paragraph by paragraph, furniture included', () => {
    const html =
      '<html><body><nav>شارك</nav><h1>عنوان</h1><p>قال   المصدر <b>إن</b> 40 جنديا قتلوا.</p><div>a<p>b</p>c</div></body></html>';
    expect(htmlToText(html)).toBe(
      'شارك\n\nعنوان\n\nقال المصدر إن 40 جنديا قتلوا.\n\na\n\nb\n\nc\n',
    );
  });

  it('drops scripts, styles and handlers, and never runs them', () => {
    const ran: string[] = [];
    (globalThis as { riwayaRan?: (what: string) => void }).riwayaRan = (what) => ran.push(what);
    const html = [
      '<script>riwayaRan("script")</script>',
      '<style>p{color:red}</style>',
      '<p onclick="riwayaRan(\'click\')">نص <img src=x onerror="riwayaRan(\'img\')"></p>',
      '<svg><script>riwayaRan("svg")</script></svg>',
      '<iframe srcdoc="<script>riwayaRan(1)</script>"></iframe>',
    ].join('');
    const text = htmlToText(html);
    expect(text).toBe('نص\n');
    expect(text).not.toMatch(/riwayaRan|color/);
    expect(ran).toEqual([]);
  });
});
