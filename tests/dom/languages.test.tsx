import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { setTranslator } from '../../src/components/use-translator.ts';
import { de } from '../../src/content/publishing/messages/de.ts';
import { he } from '../../src/content/publishing/messages/he.ts';
import { createTranslator } from '../../src/content/publishing/translator.ts';
import { renderApp } from './render-app.tsx';

describe('the interface in the site’s language', () => {
  it('user of a German site reads the list, its filter, dates and counts in German', async () => {
    setTranslator(createTranslator('de', de));
    const { user } = renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Neueste Artikel' })).toBeInTheDocument();
    expect(screen.getByText('4 Artikel im Archiv')).toBeInTheDocument();
    const first = screen.getAllByRole('listitem')[0]!;
    expect(within(first).getByText('16. November 2024')).toHaveAttribute('datetime', '2024-11-16');
    expect(within(first).getByText('3 Min. Lesezeit')).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Artikel durchsuchen' })).toHaveAttribute('placeholder', 'Archiv durchsuchen');
    expect(screen.getByRole('link', { name: 'Zum Inhalt springen' })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Jahr' }), '2024');
    expect(await screen.findByRole('heading', { level: 1, name: 'Archiv: 2024' })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Monat' }), '05');
    expect(await screen.findByRole('heading', { level: 1, name: 'Archiv: Mai 2024' })).toBeInTheDocument();
    // The title follows the page in an effect of a deferred render, a moment after the heading.
    await waitFor(() => expect(document.title).toBe('Archiv: Mai 2024 — The Archive'));
  });

  it('user of a Hebrew site reads an article with its way back and its neighbours in Hebrew', async () => {
    setTranslator(createTranslator('he', he));
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('link', { name: /^Ad sales boost Time Warner profit/ }));
    expect(await screen.findByRole('link', { name: 'כל הכתבות' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'שיתוף' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'עוד כתבות' })).toBeInTheDocument();
    expect(screen.getByText('הכתבה הקודמת')).toBeInTheDocument();
  });

  it('user whose browser speaks another language still sees the site’s dates, as the prerendered page does', async () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('fr-FR');
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['fr-FR']);
    renderApp('/');
    const first = (await screen.findAllByRole('listitem'))[0]!;
    expect(within(first).getByText('November 16, 2024')).toBeInTheDocument();
  });
});
