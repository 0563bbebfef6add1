/**
 * The worker thread body (核验工作线程): verifies the files main sends, one at a time, so a 100 MB
 * PDF or a 1,000-file batch never blocks main's event loop.
 */
import { parentPort } from 'node:worker_threads'
import { runVerifyJob, type VerifyJobMessage, type VerifyJobReply } from './verify-job'

const port = parentPort
if (port) {
  port.on('message', (message: VerifyJobMessage) => {
    void runVerifyJob(message.job).then((report) => {
      const reply: VerifyJobReply = { jobId: message.jobId, report }
      port.postMessage(reply)
    })
  })
}
