# Sourced by the three guest init scripts (guest-init.sh for scripts, pty-init.sh for shells,
# eci/exec/container-init.sh for container execs): what they share in building a guest's root file system
# on a private tmpfs and entering it as the guest account. Each adds only what its mode needs.

# Parameters (NUL-separated, never arguments, so `ps` does not show them):
# mountpoint tree hostname uid gid setpriv|userns workdir writable-dirs system-dirs NAME=VALUE... -- command...
guest_parse() {
  mnt=$1 tree=$2 host=$3 uid=$4 gid=$5 switch_by=$6 workdir=$7 writable=$8 system=$9
  shift 9
  env=()
  while [ "$1" != -- ]; do env+=("$1"); shift; done
  shift
  cmd=("$@")
}

# The host's system directories read-only, the guest's own account files and writable directories, a
# minimal /dev, /proc and /run. The caller may add to /dev before guest_seal.
guest_build_root() {
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
}

# Makes the root read-only, names the host, and sets `guest_exec`: the command as the guest account,
# with no capabilities, no way to gain privileges and a clean environment.
guest_seal() {
  mount -o remount,bind,ro "$mnt"
  hostname "$host"
  ip link set lo up 2>/dev/null || true
  local enter
  if [ "$switch_by" = setpriv ]; then
    enter=(chroot "$mnt" /usr/bin/setpriv --reuid="$uid" --regid="$gid" --clear-groups)
  else
    # A user namespace mapped to a single host account cannot change uid; a nested one maps it to the guest's.
    enter=(unshare --user --map-user="$uid" --map-group="$gid" --keep-caps chroot "$mnt" /usr/bin/setpriv)
  fi
  guest_exec=("${enter[@]}" --inh-caps=-all --bounding-set=-all --no-new-privs -- /usr/bin/env -i -C "$workdir" "${env[@]}" "${cmd[@]}")
}
