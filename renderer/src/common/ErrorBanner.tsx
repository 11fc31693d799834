import { useT } from '../i18n';

/**
 * The one way a screen shows that something failed: in words, where the user is looking, with a way
 * to try again when there is one. Nothing is swallowed silently.
 */
export function ErrorBanner({
  message,
  onRetry,
  onDismiss,
}: {
  message: string | null;
  onRetry?: () => void;
  onDismiss?: () => void;
}) {
  const { t } = useT('app');
  if (!message) return null;
  return (
    <p role="alert" className="error-banner">
      <span>{message}</span>
      {onRetry && (
        <button type="button" className="link-button" onClick={onRetry}>
          {t('banner.retry')}
        </button>
      )}
      {onDismiss && (
        <button type="button" className="link-button" onClick={onDismiss}>
          {t('banner.dismiss')}
        </button>
      )}
    </p>
  );
}
