# PID 1 of an interactive guest's namespaces (run by `unshare` on a PTY, as root of at least its user namespace):
# builds the guest's root file system like guest-init.sh, then runs the shell in the foreground on the PTY and exits
# with it, which ends the pid namespace and whatever the shell left behind.
# $1 names a file of NUL-separated parameters, deleted once read so neither `ps` nor the guest shows them:
# mountpoint tree hostname uid gid setpriv|userns workdir writable-dirs system-dirs NAME=VALUE... -- command...
set -eu
mapfile -t -d '' params <"$1"
rm -f "$1"
. "$(dirname "${BASH_SOURCE[0]}")/guest-root.sh"
guest_parse "${params[@]}"
# The PTY the shell runs on, so `tty` finds it inside; other sessions' PTYs stay out of the guest.
pty=$(readlink /proc/self/fd/0)
guest_build_root
case $pty in
  /dev/pts/*)
    mkdir "$mnt/dev/pts"
    touch "$mnt$pty"
    mount --bind "$pty" "$mnt$pty"
    ;;
esac
guest_seal

set +e
"${guest_exec[@]}"
exit $?
