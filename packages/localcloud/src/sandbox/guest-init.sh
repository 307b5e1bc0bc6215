# PID 1 of a guest's namespaces (run by `unshare`, as root of at least its user namespace): builds the guest's
# root file system on a private tmpfs, starts the script as the guest user, reports its exit code on fd 3, then
# stays alive while processes the script left behind still run, because the pid namespace dies with its first process.
# Parameters, NUL-separated on fd 4 rather than as arguments, so the guest's `ps` does not show them: mountpoint
# tree hostname uid gid setpriv|userns workdir writable-dirs system-dirs NAME=VALUE... -- command...
set -eu
mapfile -t -d '' params <&4
exec 4<&-
. "$(dirname "${BASH_SOURCE[0]}")/guest-root.sh"
guest_parse "${params[@]}"
guest_build_root
guest_seal

exec 0</dev/null
"${guest_exec[@]}" 2>&1 3>&- &
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
