import { Button as AriaButton, type ButtonProps as AriaButtonProps } from 'react-aria-components';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'quiet';

export interface ButtonProps extends Omit<AriaButtonProps, 'className' | 'isPending'> {
  variant?: ButtonVariant;
  size?: 'md' | 'sm';
  className?: string;
  /** Work in progress: the button keeps the focus but ignores presses and cannot submit. */
  isPending?: boolean;
}

/**
 * The project's button: React Aria's (press, keyboard) with our variants.
 * React Aria's own isPending announces through a live region pointing at the button by id; when
 * the button then disappears (login, closed dialog) that region is left with a dangling reference,
 * which assistive technologies and axe report. So pending is handled here, with aria-disabled.
 */
export function Button({ variant = 'secondary', size = 'md', className, isPending, type, onPress, ...props }: ButtonProps) {
  const classes = ['button', `button--${variant}`, size === 'sm' ? 'button--sm' : '', className ?? '']
    .filter(Boolean)
    .join(' ');
  return (
    <AriaButton
      {...props}
      type={isPending ? 'button' : type}
      onPress={isPending ? undefined : onPress}
      aria-disabled={isPending ? true : undefined}
      data-pending={isPending ? true : undefined}
      className={classes}
    >
      {props.children}
    </AriaButton>
  );
}
