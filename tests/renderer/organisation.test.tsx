import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, openTestRegister, renderApp, type Harness } from './harness';

let h: Harness;
beforeEach(async () => {
  h = createHarness();
  await openTestRegister(h, 'Profilbolaget AB');
});
afterEach(() => h.dispose());

describe('organisation profile', () => {
  it('saves the profile and shows validation errors per field', async () => {
    const { user } = renderApp('/organisation');
    const name = await screen.findByRole('textbox', { name: 'Namn' });
    expect(name).toHaveValue('Profilbolaget AB');

    await user.type(screen.getByRole('textbox', { name: 'Organisationsnummer' }), '123');
    await user.type(screen.getByRole('textbox', { name: 'E-post' }), 'inte-en-adress');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText('Ange organisationsnumret som NNNNNN-NNNN (tio siffror).')).toBeInTheDocument();
    expect(screen.getByText('Ange en giltig e-postadress, t.ex. namn@foretag.se.')).toBeInTheDocument();

    await user.clear(screen.getByRole('textbox', { name: 'Organisationsnummer' }));
    await user.type(screen.getByRole('textbox', { name: 'Organisationsnummer' }), '5561234567');
    await user.clear(screen.getByRole('textbox', { name: 'E-post' }));
    await user.type(screen.getByRole('textbox', { name: 'E-post' }), 'info@profilbolaget.se');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText('Organisationsprofilen har sparats.')).toBeInTheDocument();
    const org = await h.call('organisation.get', {});
    expect(org.orgNr).toBe('556123-4567');
    expect(org.complete).toBe(true);
  });

  it('shows the conflict message when the profile changed elsewhere', async () => {
    const { user } = renderApp('/organisation');
    await screen.findByRole('textbox', { name: 'Namn' });
    const org = await h.call('organisation.get', {});
    await h.call('organisation.update', { ...org, name: 'Annat namn AB', orgNr: '5561234567' });

    await user.type(screen.getByRole('textbox', { name: 'Organisationsnummer' }), '5567037485');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText(/Någon annan har ändrat posten/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Läs in senaste versionen' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Namn' })).toHaveValue('Annat namn AB'));
  });
});

// A 1×1 transparent PNG.
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='), (c) =>
  c.charCodeAt(0),
);

describe('organisation logo', () => {
  it('uploads a PNG, previews it and removes it again', async () => {
    const { user, container } = renderApp('/organisation');
    await user.click(await screen.findByRole('button', { name: 'Ladda upp logotyp' }));
    const input = container.querySelector('input[type="file"]') as HTMLInputElement;
    await user.upload(input, new File([PNG], 'logo.png', { type: 'image/png' }));

    expect(await screen.findByRole('img', { name: 'Organisationens logotyp' })).toHaveAttribute(
      'src',
      expect.stringMatching(/^data:image\/png;base64,/),
    );
    expect((await h.call('organisation.get', {})).logo?.mimeType).toBe('image/png');

    await user.click(screen.getByRole('button', { name: 'Ta bort logotyp' }));
    expect(await screen.findByText('Ingen logotyp')).toBeInTheDocument();
    expect((await h.call('organisation.get', {})).logo).toBeNull();
  });

  it('refuses a file that is not PNG or JPEG before sending it', async () => {
    const { user, container } = renderApp('/organisation');
    await screen.findByRole('button', { name: 'Ladda upp logotyp' });
    const input = container.querySelector('input[type="file"]') as HTMLInputElement;
    const picky = user.setup({ applyAccept: false });
    await picky.upload(input, new File(['GIF89a'], 'logo.gif', { type: 'image/gif' }));
    expect(await screen.findByText('Logotypen måste vara en PNG- eller JPEG-bild.')).toBeInTheDocument();
    expect((await h.call('organisation.get', {})).logo).toBeNull();
  });
});
