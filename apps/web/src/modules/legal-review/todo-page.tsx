import { reviewStates, reviewSubjectKinds } from '@fazhi/core/legal-review/index';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import { Page } from '../../platform/common/page';
import { dueDate, TodoTable } from '../../platform/common/todo-table';
import { messages } from './messages';
import { DueTag } from './review-tags';
import type { ReviewTodoItem } from '@fazhi/core/legal-review/index';

const t = messages.todo;

/** Reviews the user works on that are due within three days or overdue: overdue in red, near-due in orange. */
export function TodoPage() {
  const columns: TableColumnsType<ReviewTodoItem> = [
    { key: 'title', title: t.item, render: (_: unknown, item) => <Link to={`/legal-review/requests/${item.id}`}>{item.title}</Link> },
    { key: 'kind', title: t.kind, render: (_: unknown, item) => reviewSubjectKinds.label(item.subjectKind), responsive: ['md'] },
    { key: 'orgUnitName', title: t.orgUnit, dataIndex: 'orgUnitName', responsive: ['sm'] },
    { key: 'state', title: t.state, render: (_: unknown, item) => reviewStates.label(item.state), responsive: ['md'] },
    { key: 'due', title: t.due, render: (_: unknown, item) => dueDate(item.dueOn, item.overdue) },
    { key: 'daysLeft', title: t.daysLeft, render: (_: unknown, item) => <DueTag daysLeft={item.daysLeft} /> },
  ];
  return (
    <Page title={t.title} sub={t.hint}>
      <TodoTable<ReviewTodoItem> path="legal-review/todo" columns={columns} emptyText={t.empty} />
    </Page>
  );
}
