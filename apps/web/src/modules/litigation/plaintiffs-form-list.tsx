import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { partyKinds } from '@fazhi/core/litigation/index';
import { Button, Card, Col, Form, Input, Row, Select, Typography } from 'antd';
import { messages } from './messages';

const t = messages.plaintiffs;
const kindOptions = partyKinds.items.map((i) => ({ value: i.code, label: i.label }));

/** The plaintiffs sub-form of a case: person → 身份证号, organisation → 统一社会信用代码. */
export function PlaintiffsFormList() {
  return (
    <Form.List name="plaintiffs">
      {(items, { add, remove }) => (
        <Card
          size="small"
          title={t.title}
          style={{ marginBottom: 24 }}
          extra={
            <Button icon={<PlusOutlined />} onClick={() => add({ kind: 'person' })}>
              {t.add}
            </Button>
          }
        >
          {items.map(({ key, name }, index) => (
            <Row key={key} gutter={8} align="top" style={{ borderBottom: '1px dashed #eee', marginBottom: 8 }}>
              <Col xs={24} sm={6}>
                <Form.Item name={[name, 'kind']} label={`${t.kind} ${index + 1}`} required>
                  <Select options={kindOptions} aria-label={t.kind} placeholder={t.kind} />
                </Form.Item>
              </Col>
              <Col xs={24} sm={7}>
                <Form.Item name={[name, 'name']} label={t.name} required>
                  <Input placeholder={t.name} />
                </Form.Item>
              </Col>
              <Col xs={20} sm={9}>
                <Form.Item noStyle shouldUpdate>
                  {({ getFieldValue }) => {
                    const kind = getFieldValue(['plaintiffs', name, 'kind']) as string | undefined;
                    const masked = getFieldValue(['plaintiffs', name, 'idNumberMasked']) as string | undefined;
                    return kind === 'organization' ? (
                      <Form.Item name={[name, 'creditCode']} label={t.creditCode}>
                        <Input placeholder={t.creditCode} maxLength={18} />
                      </Form.Item>
                    ) : (
                      <Form.Item name={[name, 'idNumber']} label={t.idNumber} extra={masked ? t.idKept(masked) : undefined}>
                        <Input placeholder={t.idNumber} maxLength={18} autoComplete="off" />
                      </Form.Item>
                    );
                  }}
                </Form.Item>
              </Col>
              <Col xs={4} sm={2} style={{ paddingTop: 30 }}>
                <Button type="text" danger icon={<DeleteOutlined />} aria-label={t.remove} disabled={items.length <= 1} onClick={() => remove(name)} />
              </Col>
            </Row>
          ))}
          {items.length === 0 && <Typography.Text type="secondary">{t.add}</Typography.Text>}
        </Card>
      )}
    </Form.List>
  );
}
