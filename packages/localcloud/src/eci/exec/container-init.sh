# PID 1 of an ECI container's namespaces for one exec (run by `unshare`, on a PTY or on pipes): builds the
# container's root file system with the sandbox's guest-root.sh, plus a private devpts, so the command can
# have a terminal of its own inside the namespace (see container-launch.ts), then runs the command in the foreground
# and exits with its code. Kept apart from pty-init.sh because an instance's login shell keeps the host PTY.
# $1 names a file of NUL-separated parameters, deleted once read so neither `ps` nor the guest shows them:
# mountpoint tree hostname uid gid setpriv|userns workdir writable-dirs system-dirs NAME=VALUE... -- command...
set -eu
mapfile -t -d '' params <"$1"
rm -f "$1"
. "$(dirname "${BASH_SOURCE[0]}")/../../sandbox/guest-root.sh"
guest_parse "${params[@]}"
guest_build_root
mkdir "$mnt/dev/pts"
mount -t devpts -o newinstance,ptmxmode=0666,mode=620 devpts "$mnt/dev/pts"
ln -s pts/ptmx "$mnt/dev/ptmx"
guest_seal

set +e
"${guest_exec[@]}"
exit $?
