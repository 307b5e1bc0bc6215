import { useState } from 'react';
import { Button } from 'antd';
import { ShareAltOutlined } from '@ant-design/icons';
import type { LineRange } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { ShareDialog } from './share-dialog.tsx';

export interface ShareConsoleButtonProps {
  regionId: string;
  instanceId: string;
  instanceName?: string | null | undefined;
  /** Whether the viewer shows the text without symbols: the snapshot is of the same text. */
  removeSymbols: boolean;
  /** The lines selected in the viewer, offered as the range to share. */
  selectedRange?: LineRange | null | undefined;
}

/** The console viewer's "Share" button and the dialog that turns the current output into a link. */
export function ShareConsoleButton(props: ShareConsoleButtonProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<ShareAltOutlined aria-hidden />} onClick={() => setOpen(true)}>
        {t('shares.share')}
      </Button>
      {/* Mounted only while open, so every opening starts from the current selection and a fresh form. */}
      {open && <ShareDialog {...props} onClose={() => setOpen(false)} />}
    </>
  );
}
