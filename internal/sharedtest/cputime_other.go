//go:build !unix

package sharedtest

import "time"

// CPUTime reports that the CPU time is not known on this system.
func CPUTime() (time.Duration, bool) { return 0, false }
