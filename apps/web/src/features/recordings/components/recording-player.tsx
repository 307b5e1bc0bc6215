import { lazy, Suspense, useId, useState } from 'react';
import { Flex, Select, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

const AsciinemaCastPlayer = lazy(() => import('./asciinema-cast-player.tsx'));

const speeds = [0.5, 1, 1.5, 2, 4, 8] as const;

export interface RecordingPlayerProps {
  cast: string;
}

/** The replay with a speed choice; seeking is the player's own progress bar and keys. */
export function RecordingPlayer({ cast }: RecordingPlayerProps) {
  const { t } = useTranslation();
  const [speed, setSpeed] = useState<number>(1);
  const speedId = useId();
  return (
    <Flex vertical gap={12}>
      <Flex gap={12} align="center" wrap>
        <label htmlFor={speedId}>{t('recordings.view.speed')}</label>
        <Select<number>
          id={speedId}
          value={speed}
          onChange={setSpeed}
          virtual={false}
          style={{ width: 96 }}
          options={speeds.map((value) => ({ value, label: t('recordings.view.speedValue', { speed: value }) }))}
        />
        <Typography.Text type="secondary">{t('recordings.view.seekHint')}</Typography.Text>
      </Flex>
      <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: 360 }} />}>
        <AsciinemaCastPlayer cast={cast} speed={speed} label={t('recordings.view.player')} />
      </Suspense>
    </Flex>
  );
}
