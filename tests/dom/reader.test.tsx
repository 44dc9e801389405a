import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type ReaderSettings } from '../../src/content/reader/reader-settings.ts';
import { MatchBar } from '../../src/features/articles/match-bar.tsx';
import { ReaderSettingsButton } from '../../src/features/settings/reader-settings-panel.tsx';
import { renderApp } from './render-app.tsx';

function Settings({ onChange }: { onChange: (change: Partial<ReaderSettings>) => void }) {
  const [settings, setSettings] = useState(DEFAULT_SETTINGS);
  return (
    <ReaderSettingsButton
      settings={settings}
      onChange={(change) => {
        onChange(change);
        setSettings((s) => ({ ...s, ...change }));
      }}
    />
  );
}

describe('reader settings panel', () => {
  it('user opens it, changes size and theme by keyboard, and Esc hands focus back', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Settings onChange={onChange} />);
    const toggle = screen.getByRole('button', { name: 'Reading settings' });
    await user.click(toggle);
    const panel = screen.getByRole('dialog', { name: 'Reading settings' });
    expect(within(panel).getByRole('radio', { name: 'System' })).toHaveFocus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(onChange).toHaveBeenLastCalledWith({ theme: 'sepia' });
    await user.click(within(panel).getByRole('button', { name: 'Larger text' }));
    expect(within(panel).getByText('Size 4 of 7')).toBeInTheDocument();
    for (let i = 0; i < 5; i++) await user.click(within(panel).getByRole('button', { name: 'Smaller text' }));
    expect(within(panel).getByRole('button', { name: 'Smaller text' })).toBeDisabled();
    expect(within(panel).getByText('Size 1 of 7')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(toggle).toHaveFocus();
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });
});

describe('match bar', () => {
  it('user steps with n and N and the buttons, and dismisses', async () => {
    const user = userEvent.setup();
    const onStep = vi.fn();
    const onDismiss = vi.fn();
    render(<MatchBar words={['budget']} current={2} count={7} onStep={onStep} onDismiss={onDismiss} />);
    expect(screen.getByRole('region', { name: 'Search matches' })).toHaveTextContent('3 of 7');
    await user.keyboard('n');
    await user.keyboard('N');
    await user.click(screen.getByRole('button', { name: 'Previous match' }));
    expect(onStep.mock.calls).toEqual([[1], [-1], [-1]]);
    await user.click(screen.getByRole('button', { name: 'Clear highlights' }));
    expect(onDismiss).toHaveBeenCalledOnce();
  });
});

describe('reader in the app', () => {
  it('user arriving from a search sees every match marked, one of them current', async () => {
    renderApp('/articles/693449e0a82507a3?hl=scholz%20putin');
    await screen.findByRole('heading', { level: 1 });
    const marks = document.querySelectorAll('article mark');
    expect(marks.length).toBeGreaterThan(3);
    expect([...marks].filter((m) => m.getAttribute('aria-current') === 'true')).toHaveLength(1);
    expect(screen.getByRole('region', { name: 'Search matches' })).toHaveTextContent(new RegExp(`of ${marks.length}`));
    expect(screen.getByRole('button', { name: 'Share' })).toBeInTheDocument();
  });

  it('user arriving from a corrected search sees the words searched for in the match bar, not every reading matched', async () => {
    renderApp('/articles/693449e0a82507a3?hl=scholz%20schulz%20putin%20puting&q=Scholz%20Putin');
    await screen.findByRole('heading', { level: 1 });
    const bar = screen.getByRole('region', { name: 'Search matches' });
    expect(within(bar).getByText('Scholz Putin')).toBeVisible();
    expect(bar).not.toHaveTextContent('schulz');
  });
});
