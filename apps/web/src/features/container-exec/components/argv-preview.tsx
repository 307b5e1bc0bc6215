import { Flex, Typography } from 'antd';

/** The words the container will receive, so a quoting mistake shows before the command runs. */
export function ArgvPreview({ argv }: { argv: readonly string[] }) {
  return (
    <Flex wrap gap={4} data-testid="argv-preview">
      {argv.map((word, index) => (
        // Words repeat ("echo a a"), so the position is the identity.
        <Typography.Text key={index} code>
          {word}
        </Typography.Text>
      ))}
    </Flex>
  );
}
