import { Flex, Tag } from 'antd';

export interface KeyValueTag {
  key: string;
  value: string;
}

export function TagList({ tags, empty }: { tags: readonly KeyValueTag[]; empty: string }) {
  if (tags.length === 0) return <span>{empty}</span>;
  return (
    <Flex wrap gap={4}>
      {tags.map((tag) => (
        <Tag key={`${tag.key}=${tag.value}`} variant="outlined">
          {tag.value ? `${tag.key}: ${tag.value}` : tag.key}
        </Tag>
      ))}
    </Flex>
  );
}
