/** Instance types and public images the seed draws from. */
export interface InstanceTypeSpec {
  readonly id: string;
  readonly family: string;
  readonly cpu: number;
  /** MiB, as DescribeInstances reports it. */
  readonly memory: number;
  /** Phased-out generation: GetInstanceConsoleOutput refuses these. */
  readonly retired: boolean;
}

const type = (id: string, cpu: number, memoryGiB: number, retired = false): InstanceTypeSpec => ({
  id,
  family: id.split('.').slice(0, 2).join('.'),
  cpu,
  memory: memoryGiB * 1024,
  retired,
});

export const CURRENT_TYPES: readonly InstanceTypeSpec[] = [
  type('ecs.g7.large', 2, 8),
  type('ecs.g7.xlarge', 4, 16),
  type('ecs.c7.large', 2, 4),
  type('ecs.c7.2xlarge', 8, 16),
  type('ecs.r7.large', 2, 16),
  type('ecs.g8i.xlarge', 4, 16),
  type('ecs.u1-c1m2.large', 2, 4),
  type('ecs.e-c1m2.large', 2, 4),
];

export const RETIRED_TYPE = type('ecs.n1.medium', 2, 4, true);

export type OsType = 'linux' | 'windows';

/** The distribution family decides what the boot log looks like. */
export type Distro = 'alinux' | 'ubuntu' | 'centos' | 'debian' | 'windows';

export interface ImageSpec {
  readonly imageId: string;
  readonly osName: string;
  readonly osNameEn: string;
  readonly osType: OsType;
  readonly distro: Distro;
  readonly kernel: string;
  /** The banner above the login prompt. */
  readonly issue: string;
}

export const IMAGES: readonly ImageSpec[] = [
  {
    imageId: 'aliyun_3_x64_20G_alibase_20240819.vhd',
    osName: 'Alibaba Cloud Linux  3.2104 LTS 64位',
    osNameEn: 'Alibaba Cloud Linux  3.2104 LTS 64 bit',
    osType: 'linux',
    distro: 'alinux',
    kernel: '5.10.134-17.2.al8.x86_64',
    issue: 'Alibaba Cloud Linux 3 (Soaring Falcon)',
  },
  {
    imageId: 'ubuntu_22_04_x64_20G_alibase_20240710.vhd',
    osName: 'Ubuntu  22.04 64位',
    osNameEn: 'Ubuntu  22.04 64 bit',
    osType: 'linux',
    distro: 'ubuntu',
    kernel: '5.15.0-113-generic',
    issue: 'Ubuntu 22.04.4 LTS',
  },
  {
    imageId: 'centos_7_9_x64_20G_alibase_20240628.vhd',
    osName: 'CentOS  7.9 64位',
    osNameEn: 'CentOS  7.9 64 bit',
    osType: 'linux',
    distro: 'centos',
    kernel: '3.10.0-1160.119.1.el7.x86_64',
    issue: 'CentOS Linux 7 (Core)',
  },
  {
    imageId: 'debian_12_6_x64_20G_alibase_20240715.vhd',
    osName: 'Debian  12.6 64位',
    osNameEn: 'Debian  12.6 64 bit',
    osType: 'linux',
    distro: 'debian',
    kernel: '6.1.0-22-amd64',
    issue: 'Debian GNU/Linux 12',
  },
  {
    imageId: 'win2022_21H2_x64_dtc_zh-cn_40G_alibase_20240816.vhd',
    osName: 'Windows Server  2022 数据中心版 64位中文版',
    osNameEn: 'Windows Server  2022 Data Center Edition 64bit Chinese Edition',
    osType: 'windows',
    distro: 'windows',
    kernel: '',
    issue: '',
  },
];

export const imageByDistro = (distro: Distro): ImageSpec => {
  const image = IMAGES.find((i) => i.distro === distro);
  if (!image) throw new Error(`no image for ${distro}`);
  return image;
};
