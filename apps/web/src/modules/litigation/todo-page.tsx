import { Tag, type TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import { Page } from '../../platform/common/page';
import { dueDate, TodoTable } from '../../platform/common/todo-table';
import { messages } from './messages';
import type { TodoItem } from '@fazhi/core/litigation/index';

const t = messages.todo;

function DueTag({ item }: { item: TodoItem }) {
  if (item.overdue || item.daysLeft < 0) return <Tag color="red">{t.overdue(Math.abs(item.daysLeft))}</Tag>;
  if (item.daysLeft === 0) return <Tag color="orange">{t.dueToday}</Tag>;
  return <Tag color="orange">{t.left(item.daysLeft)}</Tag>;
}

/** Cases whose defence or 二审 answer deadline is three days away or past: overdue in red, near-due in orange. */
export function TodoPage() {
  const columns: TableColumnsType<TodoItem> = [
    { key: 'caseNumber', title: t.caseNumber, render: (_: unknown, item) => <Link to={`/litigation/cases/${item.id}`}>{item.caseNumber}</Link> },
    { key: 'kind', title: t.kind, render: (_: unknown, item) => t.kinds[item.kind] },
    { key: 'orgUnitName', title: t.orgUnit, dataIndex: 'orgUnitName' },
    { key: 'due', title: t.due, render: (_: unknown, item) => dueDate(item.dueOn, item.overdue) },
    { key: 'daysLeft', title: t.daysLeft, render: (_: unknown, item) => <DueTag item={item} /> },
  ];
  return (
    <Page title={t.title} sub={t.hint}>
      <TodoTable<TodoItem> path="litigation/todo" columns={columns} emptyText={t.empty} />
    </Page>
  );
}
