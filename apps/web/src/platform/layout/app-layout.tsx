import { BellOutlined, KeyOutlined, LogoutOutlined, MenuFoldOutlined, MenuOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Badge, Button, Drawer, Flex, Grid, Layout, Menu, Spin, Tooltip, Typography } from 'antd';
import { Suspense, useMemo, useState, type ReactNode } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { api } from '../../api/client';
import { useMe, useMeState } from '../auth/me-context';
import { messages } from '../messages';
import { useApi } from '../../api/hooks';
import { useMyWork } from '../notify/my-work';
import { unreadOf, useNotices } from '../notify/notices';
import { SearchBox } from '../search/search-box';
import { menuItems, selectedKey, type MenuEntry, type RegisterUse } from './menu';

/**
 * Bell with the number of things waiting on the user (我的待办) and unread messages, red while a deadline has
 * passed; opens 我的待办 on 首页. Refreshed as the user moves between pages.
 */
function NoticesBadge({ pathname, phone }: { pathname: string; phone: boolean }) {
  const navigate = useNavigate();
  const { data } = useNotices(pathname);
  const work = useMyWork(pathname);
  const alerts = data?.filter((n) => n.level === 'alert').length ?? 0;
  const reminders = data?.filter((n) => n.level === 'reminder').length ?? 0;
  const unread = unreadOf(data);
  const todo = work.data?.total ?? 0;
  const label = messages.notices.badge(todo, unread, alerts, reminders);
  return (
    // No tooltip on phones: after a tap it would stay over the page.
    <Tooltip title={phone ? undefined : label}>
      <Badge count={todo + unread} size="small" offset={[-4, 4]} color={alerts ? '#cf1322' : '#1677ff'}>
        <Button
          type="text"
          aria-label={label}
          icon={<BellOutlined style={{ color: alerts ? '#cf1322' : reminders ? '#d46b08' : undefined }} />}
          // A fresh state each time, so a second click scrolls to the panel again.
          onClick={() => navigate({ pathname: '/', hash: '#my-work' }, { state: { at: Date.now() } })}
        />
      </Badge>
    </Tooltip>
  );
}

function unitsOf(grants: { orgUnitName: string }[], fallback: string): string {
  const names = [...new Set(grants.map((g) => g.orgUnitName))];
  return (names.length ? names : [fallback]).join('、');
}

/** The shell: left menu (a drawer on phones), header with the user, units and 退出登录, and the page. */
export function AppLayout({ menu, children }: { menu: MenuEntry[]; children?: ReactNode }) {
  const me = useMe();
  const { setMe } = useMeState();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const screens = Grid.useBreakpoint();
  // Before the first measurement every breakpoint is undefined; treat that as desktop to avoid a flash.
  const phone = screens.md === false;
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);

  // Which registers this user can use: asked once per sign-in (the menu shows every permitted entry until then).
  const registers = useApi(`my-work/registers:${me.username}`, (signal) => api.get<RegisterUse>('my-work/registers', undefined, { signal }));
  const items = useMemo(() => menuItems(menu, me, registers.data), [menu, me, registers.data]);
  const { selected } = selectedKey(menu, pathname);
  // Few groups: start with all of them open so every page is one tap away (also in the phone drawer).
  const [openKeys, setOpenKeys] = useState<string[]>(() => menu.filter((e) => e.children).map((e) => e.key));

  const logout = async () => {
    await api.post('auth/logout').catch(() => undefined);
    setMe(null);
    navigate('/login', { replace: true });
  };

  const nav = (
    <Menu
      mode="inline"
      theme={phone ? 'light' : 'dark'}
      items={items}
      selectedKeys={selected ? [selected] : []}
      openKeys={collapsed && !phone ? undefined : openKeys}
      onOpenChange={setOpenKeys}
      onClick={({ key }) => {
        navigate(key);
        setDrawerOpen(false);
      }}
    />
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {!phone && (
        <Layout.Sider className="no-print" collapsible collapsed={collapsed} trigger={null} width={240}>
          <div style={{ color: '#fff', padding: '16px 20px', fontWeight: 600, fontSize: 16, whiteSpace: 'nowrap', overflow: 'hidden' }}>{collapsed ? messages.appShortName : messages.appName}</div>
          {nav}
        </Layout.Sider>
      )}
      {phone && (
        <Drawer placement="left" open={drawerOpen} onClose={() => setDrawerOpen(false)} title={messages.appName} size={260} styles={{ body: { padding: 0 } }}>
          <Typography.Paragraph type="secondary" style={{ padding: '12px 24px 0' }}>
            {me.displayName} · {unitsOf(me.grants, me.orgUnitName)}
          </Typography.Paragraph>
          {nav}
        </Drawer>
      )}
      <Layout>
        <Layout.Header className="no-print" style={{ background: '#fff', padding: '0 12px', display: 'flex', alignItems: 'center', gap: 8, lineHeight: 'normal' }}>
          <Button
            type="text"
            aria-label="菜单"
            icon={phone ? <MenuOutlined /> : collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
            onClick={() => (phone ? setDrawerOpen(true) : setCollapsed((c) => !c))}
          />
          {phone && (
            <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
              {messages.appShortName}
            </Typography.Text>
          )}
          <Flex gap={8} align="center" style={{ marginInlineStart: 'auto', minWidth: 0 }}>
            <SearchBox phone={phone} />
            <NoticesBadge pathname={pathname} phone={phone} />
            <Flex vertical style={{ minWidth: 0, textAlign: 'end' }}>
              <Typography.Text strong ellipsis>
                {me.displayName}
              </Typography.Text>
              {!phone && (
                <Typography.Text type="secondary" ellipsis style={{ fontSize: 12, maxWidth: 360 }}>
                  {unitsOf(me.grants, me.orgUnitName)}
                </Typography.Text>
              )}
            </Flex>
            <Button type="text" icon={<KeyOutlined />} onClick={() => navigate('/password')} aria-label={messages.changePassword.title}>
              {phone ? null : messages.changePassword.title}
            </Button>
            <Button icon={<LogoutOutlined />} onClick={() => void logout()}>
              {messages.logout}
            </Button>
          </Flex>
        </Layout.Header>
        <Layout.Content className="app-content" style={{ padding: phone ? 12 : 24, minWidth: 0 }}>
          <Suspense fallback={<Spin style={{ display: 'block', marginTop: 64 }} />}>{children ?? <Outlet />}</Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
