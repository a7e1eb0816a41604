/**
 * @jest-environment jest-fixed-jsdom
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import { PulseSparkline } from '../../../src/features/team-view/pulse-sparkline';

function renderPulse(values: number[]) {
  render(
    <FluentProvider theme={webLightTheme}>
      <PulseSparkline name="Priya Shah" values={values} />
    </FluentProvider>,
  );
  return screen.getByRole('img', { name: /^Pulse of Priya Shah/ });
}

/** The line's points as [x, y] pairs. */
function points(image: HTMLElement): number[][] {
  const line = image.querySelector('polyline')?.getAttribute('points') ?? '';
  return line.split(' ').map((point) => point.split(',').map(Number));
}

describe('PulseSparkline', () => {
  it('is one image named with every value, and no tab stop', () => {
    const image = renderPulse([3, 4, 5]);
    expect(image).toHaveAccessibleName('Pulse of Priya Shah, oldest to latest: 3, 4, 5 out of 5');
    expect(image.querySelector('[tabindex]')).toBeNull();
    expect(image).not.toHaveAttribute('tabindex');
  });

  it.each([
    ['the top for 5', 5, 2],
    ['the bottom for 1', 1, 18],
    ['the middle for 3', 3, 10],
    ['the bottom for a value under the scale', 0, 18],
  ])('draws %s, on the 1 to 5 scale whatever the values', (_name, value, y) => {
    const drawn = points(renderPulse([value, 5]));
    expect(drawn[0]?.[1]).toBe(y);
  });

  it('spreads the values from the left edge to the right', () => {
    const xs = points(renderPulse([3, 4, 5])).map(([x]) => x);
    expect(xs).toEqual([2, 30, 58]);
  });
});
