import { Button, Result } from 'antd';
import { useNavigate } from 'react-router-dom';
import { messages } from '../messages';

export function NotFoundPage() {
  const navigate = useNavigate();
  return <Result status="404" title={messages.notFound} extra={<Button onClick={() => navigate('/')}>{messages.backHome}</Button>} />;
}
