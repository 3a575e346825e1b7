//go:build unix

package sharedtest

import (
	"syscall"
	"time"
)

// CPUTime returns the CPU time the process has used so far (user and
// system, all threads), and whether it is known. Benchmarks report it
// beside wall time: on a machine shared with other work it moves far
// less than wall time does.
func CPUTime() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
