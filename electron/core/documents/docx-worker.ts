// A worker thread that turns agreement view-models into DOCX bytes (see docx-workers.ts).
import { parentPort } from 'node:worker_threads';
import { Packer } from 'docx';
import { agreementDocx } from './agreement.docx';
import type { AgreementView } from './agreement.model';

const port = parentPort;
if (!port) throw new Error('docx-worker must run as a worker thread.');

port.on('message', (message: { id: number; view: AgreementView }) => {
  Promise.resolve()
    .then(() => Packer.toBuffer(agreementDocx(message.view)))
    .then(
      (data) => port.postMessage({ id: message.id, data }, [data.buffer as ArrayBuffer]),
      (error: unknown) => port.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) }),
    );
});
