import { Select } from 'antd';
import type { Container, ContainerGroup } from '@porthole/contract';

export interface ContainerSelectProps {
  /** Controlled by an antd Form.Item, which passes id, value and onChange (the id ties the label to it). */
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  containers: readonly Container[];
}

/** The group's containers by name, each with its state, since only a running one can exec. */
export function ContainerSelect({ containers, ...field }: ContainerSelectProps) {
  return (
    <Select
      {...field}
      virtual={false}
      options={containers.map((c) => ({ value: c.name, label: `${c.name} (${c.currentState.state})` }))}
    />
  );
}

/** The first running container, which is what someone opening a shell almost always wants. */
export function defaultContainerName(group: ContainerGroup): string | undefined {
  return (group.containers.find((c) => c.currentState.state === 'Running') ?? group.containers[0])?.name;
}
