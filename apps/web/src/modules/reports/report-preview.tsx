import { ReloadOutlined } from '@ant-design/icons';
import { parseFigureName } from '@fazhi/core/reports';
import { Alert, Button, Flex, Spin, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { api } from '../../api/client';
import { useApi } from '../../api/hooks';
import { LoadError } from '../../platform/common/load-error';
import { GongwenView } from '../../platform/documents/gongwen-view';
import type { IndicatorDef } from '../../platform/indicators/api';
import { figureLabeller } from './figure-labels';
import { messages } from './messages';
import type { ReportDetail } from './types';

const t = messages.preview;

type Props = {
  record: ReportDetail;
  /** Loads only while the tab is shown. */
  active: boolean;
  dirty: boolean;
  catalogue: IndicatorDef[];
  onSave?: () => void;
  onView: (versionId: string) => void;
};

/** 预览: the saved text with live figures (not frozen), laid out like the document; each figure opens its records. */
export function ReportPreview({ record, active, dirty, catalogue, onSave, onView }: Props) {
  const signed = record.versions.find((v) => v.id === record.signedVersionId);
  const [tick, setTick] = useState(0);
  const path = `reports/annual/${record.id}/preview`;
  const { data, error, loading, reload } = useApi(active ? `${path}@${record.version}#${tick}` : null, (signal) => api.text(path, undefined, { signal }));
  const figureTitle = useCallback(
    (name: string) => {
      const def = catalogue.find((d) => d.id === parseFigureName(name).id);
      return def ? `${figureLabeller(catalogue)(name) ?? def.label}：${def.definition}（点击查看记录）` : undefined;
    },
    [catalogue],
  );

  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8} align="center" justify="space-between" className="no-print">
        <Typography.Text type="secondary">{t.hint}</Typography.Text>
        <Button icon={<ReloadOutlined />} onClick={() => setTick((n) => n + 1)} loading={loading}>
          {t.refresh}
        </Button>
      </Flex>
      {signed && (
        <Alert
          className="no-print"
          type="info"
          showIcon
          title={t.signed(signed.number)}
          action={
            <Button size="small" onClick={() => onView(signed.id)}>
              {t.viewSigned}
            </Button>
          }
        />
      )}
      {dirty && (
        <Alert
          className="no-print"
          type="warning"
          showIcon
          title={t.unsaved}
          action={
            onSave && (
              <Button size="small" type="primary" onClick={onSave}>
                {messages.report.save}
              </Button>
            )
          }
        />
      )}
      {error ? (
        <LoadError error={error} onRetry={reload} />
      ) : !data ? (
        <Spin style={{ display: 'block', margin: 48 }} />
      ) : (
        <Spin spinning={loading}>
          <GongwenView html={data} figureTitle={figureTitle} />
        </Spin>
      )}
    </Flex>
  );
}
