import type { HTMLAttributes, ReactNode } from 'react';
import './SlideGrid.css';

/** The deck's layouts: one column; text beside a figure; two figures side by side. */
export type SlideGridLayout = 'one' | 'text-figure' | 'two-figures';
/**
 * How the two columns share the width: `even` 1:1, `wide-first` 3:2, `wide-second` 2:3,
 * `fit-first` / `fit-second`: that column as wide as its content (a diagram of fixed size), the
 * other takes the rest.
 */
export type SlideGridSplit = 'even' | 'wide-first' | 'wide-second' | 'fit-first' | 'fit-second';

type SlideGridProps = Omit<HTMLAttributes<HTMLDivElement>, 'className' | 'children'> & {
  layout: SlideGridLayout;
  /** Default: `wide-first` for text-figure, `even` for two-figures. Ignored for `one`. */
  split?: SlideGridSplit;
  /** Vertical alignment of the columns (default `start`). */
  align?: 'start' | 'center';
  /** Extra class for the grid (component styles of the slide). */
  className?: string;
  children: ReactNode;
};

/**
 * The one layout grid of every slide body. It is its own size container: below 720 px of width
 * (the reading view on a phone, a narrow window) every layout collapses into one column, in the
 * order of its children.
 */
export function SlideGrid({ layout, split, align = 'start', className, children, ...rest }: SlideGridProps) {
  const columns = layout === 'one' ? '' : ` slide-grid--${split ?? (layout === 'text-figure' ? 'wide-first' : 'even')}`;
  const classes = `slide-grid slide-grid--${layout}${columns}${align === 'center' ? ' slide-grid--center' : ''}`;
  return (
    <div className="slide-grid-container">
      <div {...rest} className={className ? `${classes} ${className}` : classes}>
        {children}
      </div>
    </div>
  );
}
