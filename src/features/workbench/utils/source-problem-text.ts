import type { TFunction } from 'i18next';
import type { SourceInputProblem } from './source-input';

const MB = 1024 * 1024;

/** The sentence shown at the text field for a problem with what was pasted or dropped. */
export function sourceProblemText(t: TFunction, problem: SourceInputProblem): string {
  switch (problem.kind) {
    case 'empty':
      return t('workbench.source.problems.empty');
    case 'too-large':
      return t('workbench.source.problems.tooLarge', {
        size: Math.ceil(problem.bytes / MB),
        limit: Math.floor(problem.limit / MB),
      });
    case 'file-type':
      return t('workbench.source.problems.fileType', { name: problem.name });
    case 'binary':
      return t('workbench.source.problems.binary');
    case 'encoding':
      return t('workbench.source.problems.encoding');
  }
}
