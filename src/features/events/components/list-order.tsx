import { useTranslation } from '@/lib/use-translation';
import { ChoiceSwitch } from './choice-switch';

interface ListOrderProps {
  sort: 'disputes' | undefined;
  onChange: (sort: 'disputes' | undefined) => void;
}

/** By date (the corpus's order) or most disputed questions first; kept in the URL. */
export function ListOrder({ sort, onChange }: ListOrderProps) {
  const { t } = useTranslation();
  return (
    <ChoiceSwitch
      className="mt-2"
      legend={t('eventFilters.sort.label')}
      choices={[
        { value: 'date', label: t('eventFilters.sort.date') },
        { value: 'disputes', label: t('eventFilters.sort.disputes') },
      ]}
      value={sort ?? 'date'}
      onChange={(value) => {
        onChange(value === 'disputes' ? 'disputes' : undefined);
      }}
    />
  );
}
