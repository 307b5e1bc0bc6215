# PID 1 of a guest's namespaces (run by `unshare`, as root of at least its user namespace): builds the guest's
# root file system on a private tmpfs, starts the script as the guest user, reports its exit code on fd 3, then
# stays alive while processes the script left behind still run, because the pid namespace dies with its first process.
# Parameters, NUL-separated on fd 4 rather than as arguments, so the guest's `ps` does not show them: mountpoint
# tree hostname uid gid setpriv|userns workdir writable-dirs system-dirs NAME=VALUE... -- command...
set -eu
mapfile -t -d '' params <&4
exec 4<&-
set -- "${params[@]}"
mnt=$1 tree=$2 host=$3 uid=$4 gid=$5 switch_by=$6 workdir=$7 writable=$8 system=$9
shift 9
env=()
while [ "$1" != -- ]; do env+=("$1"); shift; done
shift

mount -t tmpfs -o mode=755 guest-root "$mnt"
for d in $system; do
  if [ -L "/$d" ]; then
    ln -s "$(readlink "/$d")" "$mnt/$d"
  elif [ -d "/$d" ]; then
    mkdir "$mnt/$d"
    mount --bind "/$d" "$mnt/$d"
    mount -o remount,bind,ro,nosuid "$mnt/$d"
  fi
done
# The guest's own account files and host name replace the host's, read-only like the rest of /etc.
for f in passwd group shadow gshadow hostname; do
  if [ -e "$mnt/etc/$f" ]; then
    mount --bind "$tree/etc/$f" "$mnt/etc/$f"
    mount -o remount,bind,ro "$mnt/etc/$f"
  fi
done
for d in $writable; do
  mkdir -p "$mnt/$d"
  mount --bind "$tree/$d" "$mnt/$d"
  mount -o remount,bind,nosuid,nodev "$mnt/$d"
done
mkdir "$mnt/dev" "$mnt/proc" "$mnt/run"
mount -t tmpfs -o mode=755,nosuid guest-dev "$mnt/dev"
for n in null zero full random urandom tty; do
  touch "$mnt/dev/$n"
  mount --bind "/dev/$n" "$mnt/dev/$n"
done
ln -s /proc/self/fd "$mnt/dev/fd"
ln -s /proc/self/fd/0 "$mnt/dev/stdin"
ln -s /proc/self/fd/1 "$mnt/dev/stdout"
ln -s /proc/self/fd/2 "$mnt/dev/stderr"
mkdir "$mnt/dev/shm" && chmod 1777 "$mnt/dev/shm"
mount -t proc -o ro,nosuid,nodev,noexec proc "$mnt/proc"
mount -t tmpfs -o mode=755,nosuid,nodev guest-run "$mnt/run"
mount -o remount,bind,ro "$mnt"
hostname "$host"
ip link set lo up 2>/dev/null || true

exec 0</dev/null
if [ "$switch_by" = setpriv ]; then
  enter=(chroot "$mnt" /usr/bin/setpriv --reuid="$uid" --regid="$gid" --clear-groups)
else
  # A user namespace mapped to a single host account cannot change uid; a nested one maps it to the guest's.
  enter=(unshare --user --map-user="$uid" --map-group="$gid" --keep-caps chroot "$mnt" /usr/bin/setpriv)
fi
"${enter[@]}" --inh-caps=-all --bounding-set=-all --no-new-privs -- /usr/bin/env -i -C "$workdir" "${env[@]}" "$@" \
  2>&1 3>&- &
main=$!
# SIGUSR1 asks to kill the script's main process only (TerminationMode=Process); the host needs this process's
# pid in its own namespace to send it, which the host's /proc (still mounted here) tells.
trap 'kill -KILL "$main" 2>/dev/null' USR1
read -r host_pid _ </proc/self/stat
echo "init $host_pid" >&3
set +e
while :; do
  wait "$main"
  code=$?
  # A trapped signal interrupts `wait` too; only a reaped script has ended.
  kill -0 "$main" 2>/dev/null || break
done
echo "exit $code" >&3
exec 3>&- 1>/dev/null 2>&1
while :; do
  procs=("$mnt"/proc/[0-9]*)
  [ "${#procs[@]}" -le 1 ] && break
  sleep 0.2
done
