import { createDispatcher } from '../../src/main/ipc/dispatcher'
import { createHandlers } from '../../src/main/ipc/handlers'
import type { Benchmark } from '../harness'
import { timeMedian } from '../harness'

const CALLS = 50_000

/** What the contract's validation costs per call, against calling the handler directly. */
export const rpcDispatchBenchmark: Benchmark = {
  name: 'rpc dispatch (validated) vs direct handler call',
  async run() {
    const handlers = createHandlers({
      now: () => new Date(0),
      systemInfo: () => {
        throw new Error('unused')
      }
    })
    const dispatch = createDispatcher(handlers, () => null)
    const context = { caller: 'bench', emit: () => undefined }
    const direct = await timeMedian(async () => {
      for (let i = 0; i < CALLS; i++) await handlers['system.ping']({ nonce: `n${i}` }, context)
    })
    const dispatched = await timeMedian(async () => {
      for (let i = 0; i < CALLS; i++) await dispatch('system.ping', { nonce: `n${i}` }, context)
    })
    return {
      name: this.name,
      baseline: { label: 'direct', ms: direct },
      subject: { label: 'dispatch', ms: dispatched },
      ratio: dispatched / direct,
      extra: { calls: CALLS, 'µs/call': ((dispatched * 1000) / CALLS).toFixed(2) }
    }
  }
}
