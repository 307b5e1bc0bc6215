import { connect, type Socket } from 'node:net';
import type { InstanceSpec } from '../world/model.ts';
import { BackendFailure, type ChannelBackend } from './backend.ts';

/**
 * The agent dials TargetServer (default localhost) at PortNumber from inside the instance. The simulated
 * instance's network is this host's loopback, so the instance itself (localhost, its private IP) is
 * 127.0.0.1; other VPC addresses do not exist here, and dialling them fails as an unreachable port would.
 */
function loopbackFor(spec: InstanceSpec, targetServer: string | undefined): string | undefined {
  const target = targetServer ?? 'localhost';
  return ['localhost', '127.0.0.1', spec.privateIp, spec.hostName].includes(target) ? '127.0.0.1' : undefined;
}

export async function openPort(spec: InstanceSpec, port: number, targetServer: string | undefined): Promise<ChannelBackend> {
  const host = loopbackFor(spec, targetServer);
  if (!host) throw new BackendFailure('OpenChannelFailed', `${targetServer ?? ''}:${port} is not reachable from the instance.`);
  const socket = await new Promise<Socket>((resolve, reject) => {
    const dialled = connect({ host, port });
    dialled.once('connect', () => resolve(dialled));
    dialled.once('error', (error) => reject(new BackendFailure('OpenChannelFailed', error.message)));
  });
  let closed = false;
  let endListener: ((reason: string) => void) | undefined;
  socket.on('error', () => undefined);
  socket.on('close', () => closed || endListener?.('Exit'));
  return {
    onOutput: (listener) => void socket.on('data', (chunk: Buffer) => listener(chunk)),
    onEnd: (listener) => void (endListener = listener),
    write: (bytes) => void (socket.writable && socket.write(bytes)),
    // The port plugin ignores set_size.
    resize: () => undefined,
    pause: () => void socket.pause(),
    resume: () => void socket.resume(),
    close: () => {
      closed = true;
      socket.destroy();
    },
  };
}
