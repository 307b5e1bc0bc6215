import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { AnsiText } from './ansi-text.tsx';

describe('AnsiText', () => {
  it('shows hostile markup as text and creates no elements from it', () => {
    const hostile = '\u001b[31m<img src=x onerror="alert(1)"><script>alert(2)</script>\u001b[0m<a href="javascript:alert(3)">x</a>';
    const { container } = render(<AnsiText text={hostile} />);
    expect(container.querySelectorAll('img, script, a')).toHaveLength(0);
    expect(container.textContent).toBe('<img src=x onerror="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)">x</a>');
    const red = container.querySelector('span[style]');
    expect(red?.textContent).toContain('<script>');
    expect((red as HTMLElement).style.color).toBe('rgb(187, 0, 0)');
  });
});
