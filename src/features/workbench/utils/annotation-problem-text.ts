import type { TFunction } from 'i18next';
import type { AnnotationFileProblem, AnnotationWarning } from './import-annotations';

const MB = 1024 * 1024;

/** The sentence shown at the file field when a whole annotation file imports nothing. */
export function annotationProblemText(t: TFunction, problem: AnnotationFileProblem): string {
  switch (problem.kind) {
    case 'not-json':
      return t('workbench.annotations.problems.notJson');
    case 'not-annotations':
      return t('workbench.annotations.problems.notAnnotations');
    case 'no-text-selectors':
      return t('workbench.annotations.problems.noTextSelectors', { count: problem.count });
    case 'too-many':
      return t('workbench.annotations.problems.tooMany', {
        count: problem.count,
        limit: problem.limit,
      });
    case 'no-sources':
      return t('workbench.annotations.problems.noSources');
    case 'too-large':
      return t('workbench.annotations.problems.tooLarge', {
        size: Math.ceil(problem.bytes / MB),
        limit: Math.floor(problem.limit / MB),
      });
    case 'encoding':
      return t('workbench.annotations.problems.encoding');
  }
}

/**
 * What happened to one annotation, in a sentence; the source and page it concerns are shown
 * beside it, in their own direction (an id or address in an Arabic sentence would be reordered).
 */
export function annotationWarningText(t: TFunction, warning: AnnotationWarning): string {
  switch (warning.kind) {
    case 'no-selector':
      return t('workbench.annotations.warnings.noSelector');
    case 'no-source':
      return t('workbench.annotations.warnings.noSource');
    case 'not-found':
      return warning.source === undefined
        ? t('workbench.annotations.warnings.notFound')
        : t('workbench.annotations.warnings.notInSource');
    case 're-anchored':
      return t('workbench.annotations.warnings.reAnchored');
    case 'ambiguous':
      return t('workbench.annotations.warnings.ambiguous');
    case 'several-sources':
      return t('workbench.annotations.warnings.severalSources');
    case 'already-pending':
      return t('workbench.annotations.warnings.alreadyPending');
    case 'already-placed':
      return t('workbench.annotations.warnings.alreadyPlaced');
  }
}
