package netplay

import "runtime"

// A room's work is of two sizes. Answering a request (a queue, a
// confirm, a ping) takes microseconds; resolving a round, saving it and
// publishing every seat's new situation takes milliseconds of CPU (the
// engine, the autosave, a JSON view per team and the facilitator's whole
// view). Measured with BenchmarkLoad, when many rooms resolved at once
// their heavy work filled the run queue and every other room's acks
// waited behind it: p99 confirm-to-ack was 213–470 ms for a p50 of 33 ms.
//
// So the heavy work goes through a gate that lets only a few rooms do it
// at once (half the CPUs, at least one): the others' room goroutines
// wait on the gate, off the run queue, and the light work (reading,
// answering, writing frames) always finds a CPU within a scheduler time
// slice. The total work is the same; only who waits changes: a room's
// round starts a little later, and nobody is waiting for a round to
// start while their own ack is late.

// heavyGate returns the server's gate, sized for the CPUs.
func heavyGate() chan struct{} {
	return make(chan struct{}, max(1, runtime.GOMAXPROCS(0)/2))
}

// heavy runs f, a room's heavy work, through the server's gate. First it
// yields the CPU once, so that the frames the room just queued (the ack
// of the confirm that completed the round) are written before the work
// starts: the writer goroutines run before this one is back.
func (a *actor) heavy(f func()) {
	runtime.Gosched()
	a.s.heavy <- struct{}{}
	defer func() { <-a.s.heavy }()
	f()
}

// yield lets the goroutines waiting for a CPU run between two slices of
// a room's heavy work (one team's snapshot, the facilitator's view, the
// autosave's encoding): the Go scheduler only takes the CPU from a
// running goroutine every 10 ms, and a round's publish alone is several
// of those on a busy host, so without these points an ack queued while
// another room publishes would wait for the whole slice to end.
func yield() { runtime.Gosched() }
