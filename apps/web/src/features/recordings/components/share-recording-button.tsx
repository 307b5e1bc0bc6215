import { useState } from 'react';
import { Button, type ButtonProps } from 'antd';
import { ShareAltOutlined } from '@ant-design/icons';
import type { RecordingSummary } from '@porthole/contract';
import { ShareRecordingDialog } from './share-recording-dialog.tsx';

export interface ShareRecordingButtonProps {
  recording: RecordingSummary;
  /** "Share" in a table row, "Share as log view" on the recording's page. */
  label: string;
  size?: ButtonProps['size'];
}

/** A button that opens the share dialog for one recording. */
export function ShareRecordingButton({ recording, label, size }: ShareRecordingButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size={size} icon={<ShareAltOutlined aria-hidden />} onClick={() => setOpen(true)}>
        {label}
      </Button>
      {/* Mounted only while open, so every opening starts from a fresh form. */}
      {open && <ShareRecordingDialog recording={recording} onClose={() => setOpen(false)} />}
    </>
  );
}
