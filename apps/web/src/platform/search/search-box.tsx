import { SearchOutlined } from '@ant-design/icons';
import { Button, Input } from 'antd';
import { useNavigate } from 'react-router-dom';
import { messages } from '../messages';

const t = messages.globalSearch;

/** The header's search: a box on a desktop, an icon that opens 全局搜索 on a phone. */
export function SearchBox({ phone }: { phone: boolean }) {
  const navigate = useNavigate();
  if (phone) return <Button type="text" aria-label={t.title} icon={<SearchOutlined />} onClick={() => navigate('/search')} />;
  return (
    <Input.Search
      allowClear
      placeholder={t.placeholder}
      aria-label={t.placeholder}
      style={{ width: 240 }}
      onSearch={(v, _e, info) => {
        if (info?.source !== 'clear' && v.trim()) navigate(`/search?q=${encodeURIComponent(v.trim())}`);
      }}
    />
  );
}
