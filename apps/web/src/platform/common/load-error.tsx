import { Button, Result } from 'antd';
import { ApiError, errorText } from '../../api/client';
import { messages } from '../messages';

/** What a page shows when its data failed to load. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const status = error instanceof ApiError && (error.status === 403 || error.status === 404) ? error.status : 'error';
  return <Result status={status} title={messages.loadFailed} subTitle={errorText(error)} extra={onRetry && <Button onClick={onRetry}>{messages.retry}</Button>} />;
}
