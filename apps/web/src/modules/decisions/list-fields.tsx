import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { participationForms, stances } from '@fazhi/core/decisions/index';
import { Button, Card, Checkbox, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import { dateItemProps } from '../../platform/common/dates';
import { messages } from './messages';

/** Experts and their signed opinions, inside the 专家论证 form. */
export function ExpertsFormList() {
  const t = messages.experts;
  return (
    <Form.List name="experts">
      {(fields, { add, remove }) => (
        <Card
          size="small"
          title={t.title}
          extra={
            <Button icon={<PlusOutlined />} onClick={() => add({})}>
              {t.add}
            </Button>
          }
        >
          {fields.map(({ key, name }, index) => (
            <Row key={key} gutter={8} style={{ borderBottom: '1px dashed #eee', marginBottom: 8 }}>
              <Col xs={12} md={6}>
                <Form.Item name={[name, 'name']} label={`${t.name} ${index + 1}`} required>
                  <Input placeholder={t.name} />
                </Form.Item>
              </Col>
              <Col xs={12} md={10}>
                <Form.Item name={[name, 'affiliation']} label={t.affiliation} required>
                  <Input placeholder={t.affiliation} />
                </Form.Item>
              </Col>
              <Col xs={20} md={7}>
                <Form.Item name={[name, 'signedOn']} label={t.signedOn} required {...dateItemProps}>
                  <DatePicker style={{ width: '100%' }} placeholder={t.signedOn} />
                </Form.Item>
              </Col>
              <Col xs={4} md={1} style={{ paddingTop: 30 }}>
                <Button type="text" danger icon={<DeleteOutlined />} aria-label={messages.remove} onClick={() => remove(name)} />
              </Col>
              <Col span={24}>
                <Form.Item name={[name, 'opinion']} label={t.opinion} required>
                  <Input.TextArea autoSize={{ minRows: 2 }} placeholder={t.opinion} />
                </Form.Item>
              </Col>
            </Row>
          ))}
        </Card>
      )}
    </Form.List>
  );
}

/** Each member's opinion, verbatim, inside the 集体讨论决定 form. */
export function MembersFormList() {
  const t = messages.members;
  return (
    <Form.List name="members">
      {(fields, { add, remove }) => (
        <Card
          size="small"
          title={t.title}
          extra={
            <Button icon={<PlusOutlined />} onClick={() => add({ stance: 'agree' })}>
              {t.add}
            </Button>
          }
        >
          {fields.map(({ key, name }, index) => (
            <Row key={key} gutter={8} style={{ borderBottom: '1px dashed #eee', marginBottom: 8 }}>
              <Col xs={12} md={7}>
                <Form.Item name={[name, 'memberName']} label={`${t.name} ${index + 1}`} required>
                  <Input placeholder={t.name} />
                </Form.Item>
              </Col>
              <Col xs={12} md={8}>
                <Form.Item name={[name, 'post']} label={t.post} required>
                  <Input placeholder={t.post} />
                </Form.Item>
              </Col>
              <Col xs={20} md={8}>
                <Form.Item name={[name, 'stance']} label={t.stance} required>
                  <Select options={stances.items.map((i) => ({ value: i.code, label: i.label }))} aria-label={t.stance} />
                </Form.Item>
              </Col>
              <Col xs={4} md={1} style={{ paddingTop: 30 }}>
                <Button type="text" danger icon={<DeleteOutlined />} aria-label={messages.remove} onClick={() => remove(name)} />
              </Col>
              <Col span={24}>
                <Form.Item name={[name, 'statement']} label={t.statement} required>
                  <Input.TextArea autoSize={{ minRows: 2 }} placeholder={t.statement} />
                </Form.Item>
              </Col>
            </Row>
          ))}
        </Card>
      )}
    </Form.List>
  );
}

/** The forms of hearing the public (条例第十四条), inside the 公众参与 form; more than one may be used. */
export function ParticipationFormsField() {
  const t = messages.participation;
  return (
    <Form.Item name="forms" label={t.forms} required extra={t.formsHelp}>
      <Checkbox.Group options={participationForms.items.map((i) => ({ value: i.code, label: i.label }))} />
    </Form.Item>
  );
}
