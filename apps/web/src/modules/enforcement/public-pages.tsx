import { bodyKinds, caseOutcomes, certificateKinds, enforcementFields, itemKinds, leniencyOutcomes, type CertificateCheck } from '@fazhi/core/enforcement/index';
import { Alert, Button, Card, Collapse, Descriptions, Empty, Flex, Form, Input, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, errorText } from '../../api/client';
import { useApi } from '../../api/hooks';
import { LoadError } from '../../platform/common/load-error';
import { messages } from './messages';

const t = messages.portal;

type PublicBody = {
  id: string;
  name: string;
  kind: string;
  field: string;
  items: { code: string; name: string; kind: string; legalBasis: string; standards: { circumstance: string; fineMin: number | null; fineMax: number | null; measure: string | null }[] }[];
};

/** 执法主体 with their 执法事项 and 裁量基准 (行政处罚法 第34条: published); no login. */
export function PublicBodiesPage() {
  const { data, error, loading, reload } = useApi('public/enforcement/bodies', (signal) => api.get<PublicBody[]>('public/enforcement/bodies', undefined, { quiet: true, signal }));
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (loading && !data) return <Spin style={{ display: 'block', margin: 32 }} />;
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t.bodiesTitle}
      </Typography.Title>
      <Typography.Text type="secondary">{t.bodiesHint}</Typography.Text>
      {!data?.length ? (
        <Empty description={t.empty} />
      ) : (
        data.map((b) => (
          <Card key={b.id} size="small" title={b.name} extra={`${bodyKinds.label(b.kind)} · ${enforcementFields.label(b.field)}`}>
            <Collapse
              size="small"
              items={b.items.map((i) => ({
                key: i.code,
                label: `${i.code} ${i.name}（${itemKinds.label(i.kind)}）`,
                children: (
                  <>
                    <Typography.Paragraph type="secondary">{i.legalBasis}</Typography.Paragraph>
                    {i.standards.length > 0 && (
                      <Table
                        size="small"
                        pagination={false}
                        rowKey={(s) => s.circumstance}
                        dataSource={i.standards}
                        columns={[
                          { title: messages.columns.circumstance, dataIndex: 'circumstance' },
                          { title: t.standards, render: (_: unknown, s) => [t.fine(s.fineMin, s.fineMax), s.measure].filter(Boolean).join('；') },
                        ]}
                      />
                    )}
                  </>
                ),
              }))}
            />
          </Card>
        ))
      )}
    </Flex>
  );
}

type LeniencyItem = { code: string; behaviour: string; legalBasis: string; outcome: string; conditions: string; field: string };

export function PublicLeniencyPage() {
  const { data, error, loading, reload } = useApi('public/enforcement/leniency-items', (signal) => api.get<LeniencyItem[]>('public/enforcement/leniency-items', undefined, { quiet: true, signal }));
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (loading && !data) return <Spin style={{ display: 'block', margin: 32 }} />;
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t.leniencyTitle}
      </Typography.Title>
      <Typography.Text type="secondary">{t.leniencyHint}</Typography.Text>
      <Table
        size="small"
        rowKey="code"
        dataSource={data ?? []}
        pagination={false}
        columns={[
          { title: messages.columns.code, dataIndex: 'code', width: 90 },
          { title: messages.columns.behaviour, dataIndex: 'behaviour' },
          { title: messages.columns.field, dataIndex: 'field', render: (v: string) => enforcementFields.label(v) },
          { title: messages.columns.outcome, dataIndex: 'outcome', render: (v: string) => leniencyOutcomes.label(v) },
          { title: messages.columns.conditions, dataIndex: 'conditions' },
          { title: messages.columns.legalBasis, dataIndex: 'legalBasis' },
        ]}
      />
    </Flex>
  );
}

/** A citizen checks the number an officer shows: one exact number in, four facts out. */
export function PublicCertificateCheckPage() {
  const [result, setResult] = useState<CertificateCheck>();
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const check = async ({ number }: { number: string }) => {
    setBusy(true);
    setFailure(undefined);
    try {
      setResult(await api.get<CertificateCheck>('public/enforcement/certificate-check', { number: number.trim() }, { quiet: true }));
    } catch (e) {
      setResult(undefined);
      setFailure((e as { status?: number }).status === 429 ? t.tooMany : errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Flex vertical gap={12} style={{ maxWidth: 560 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t.checkTitle}
      </Typography.Title>
      <Typography.Text type="secondary">{t.checkHint}</Typography.Text>
      <Form layout="inline" onFinish={check}>
        <Form.Item name="number" label={t.checkNumber} rules={[{ required: true, message: t.checkNumber }]}>
          <Input maxLength={30} autoComplete="off" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t.checkButton}
        </Button>
      </Form>
      {failure && <Alert type="error" showIcon title={failure} />}
      {result && !result.found && <Alert type="warning" showIcon title={t.notFound} />}
      {result?.found && (
        <Descriptions
          bordered
          size="small"
          column={1}
          items={[
            { key: 'name', label: t.holder, children: result.name },
            { key: 'body', label: t.body, children: result.bodyName },
            { key: 'kind', label: t.kind, children: result.kind ? certificateKinds.label(result.kind) : '' },
            { key: 'status', label: t.status, children: <Tag color={result.valid ? 'green' : 'red'}>{result.valid ? t.valid : t.invalid}</Tag> },
          ]}
        />
      )}
    </Flex>
  );
}

type Disclosure = { caseNumber: string; bodyName: string; itemName: string; itemKind: string; partyName: string; outcome: string | null; decidedOn: string | null; disclosedOn: string };

/** 三项制度 事后公开: decisions disclosed and not withdrawn, newest first, a page at a time. */
export function PublicDisclosuresPage() {
  const [page, setPage] = useState(1);
  const { data, error, loading, reload } = useApi(`public/enforcement/disclosures@${page}`, (signal) =>
    api.get<{ total: number; items: Disclosure[] }>('public/enforcement/disclosures', { page, pageSize: 20 }, { quiet: true, signal }),
  );
  if (error) return <LoadError error={error} onRetry={reload} />;
  const c = t.disclosureColumns;
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t.disclosuresTitle}
      </Typography.Title>
      <Typography.Text type="secondary">{t.disclosuresHint}</Typography.Text>
      <Table
        size="small"
        rowKey="caseNumber"
        loading={loading}
        dataSource={data?.items ?? []}
        scroll={{ x: 720 }}
        pagination={{ current: page, pageSize: 20, total: data?.total ?? 0, showSizeChanger: false, onChange: setPage }}
        columns={[
          { title: c.caseNumber, dataIndex: 'caseNumber' },
          { title: c.bodyName, dataIndex: 'bodyName' },
          { title: c.itemName, dataIndex: 'itemName' },
          { title: c.itemKind, dataIndex: 'itemKind', render: (v: string) => itemKinds.label(v) },
          { title: c.partyName, dataIndex: 'partyName' },
          { title: c.outcome, dataIndex: 'outcome', render: (v: string | null) => (v ? caseOutcomes.label(v) : '') },
          { title: c.decidedOn, dataIndex: 'decidedOn' },
          { title: c.disclosedOn, dataIndex: 'disclosedOn' },
        ]}
      />
    </Flex>
  );
}
