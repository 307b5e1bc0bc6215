import { Typography } from 'antd';
import type { InvocationResult } from '@porthole/contract';

/** The cloud's reason an instance failed (ErrorCode, ErrorInfo), when it gave one. */
export function ResultError({ result }: { result: Pick<InvocationResult, 'errorCode' | 'errorInfo'> }) {
  if (!result.errorCode && !result.errorInfo) return null;
  return (
    <Typography.Text type="danger" style={{ fontSize: 12 }}>
      {result.errorCode && <Typography.Text code>{result.errorCode}</Typography.Text>} {result.errorInfo}
    </Typography.Text>
  );
}
