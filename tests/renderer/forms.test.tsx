import { TextInput } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { MantineProvider } from '@mantine/core';
import type { Issue } from '../../shared/errors';
import { applyServerIssues, errorAt, issueText } from '../../renderer/ui/forms';
import { createI18n } from '../../renderer/i18n';

// Server-side INVALID_INPUT issues land on the form's fields, in the user's language.

function Form({ issues, onRest }: { issues: Issue[]; onRest: (rest: Issue[]) => void }) {
  const { t } = useTranslation();
  const { register, setError, formState } = useForm({ defaultValues: { name: '', address: { city: '' } } });
  useEffect(() => {
    onRest(applyServerIssues(setError, issues, (n) => ['name', 'address'].includes(n.split('.')[0] ?? ''), 'fields'));
  }, [issues, onRest, setError]);
  return (
    <form>
      <TextInput label="Namn" {...register('name')} error={issueText(t, errorAt(formState.errors, 'name'))} />
      <TextInput label="Ort" {...register('address.city')} error={issueText(t, errorAt(formState.errors, 'address.city'))} />
    </form>
  );
}

describe('server issues on form fields', () => {
  it('maps paths (without the "fields" prefix) and renders the messages with their params', async () => {
    let rest: Issue[] = [];
    const issues: Issue[] = [
      { path: ['fields', 'name'], message: 'v.tooLong', params: { max: 200 } },
      { path: ['fields', 'address', 'city'], message: 'v.required' },
      { path: ['revision'], message: 'v.invalid' },
    ];
    render(
      <I18nextProvider i18n={createI18n('sv')}>
        <MantineProvider env="test">
          <Form issues={issues} onRest={(r) => (rest = r)} />
        </MantineProvider>
      </I18nextProvider>,
    );
    expect(await screen.findByText('Högst 200 tecken.')).toBeInTheDocument();
    expect(screen.getByText('Fältet måste fyllas i.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Ort' })).toHaveAttribute('aria-invalid', 'true');
    expect(rest).toEqual([{ path: ['revision'], message: 'v.invalid' }]);
  });
});
