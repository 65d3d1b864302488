// The baseline for `npm run bench:intake`: a bare Fastify route that writes what a submitted
// referral writes (patient, referral, labs, documents, status history, outbox), in one
// transaction, with no validation, auth, audit, idempotency or framework around it.
import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import pg from 'pg';

const schema = process.env.BENCH_SCHEMA;
const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: 10,
  options: `-c search_path=${schema}`,
});
const app = Fastify({ bodyLimit: 16 * 1024 * 1024 });

app.post('/v1/referrals', async (request, reply) => {
  const { patient, order, labs, documents, ...rest } = request.body;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const {
      rows: [{ id: patientId }],
    } = await client.query(
      'INSERT INTO patient (mrn, first_name, last_name, date_of_birth) VALUES ($1, $2, $3, $4) RETURNING id',
      [patient.mrn, patient.firstName, patient.lastName, patient.dateOfBirth],
    );
    const {
      rows: [referral],
    } = await client.query(
      `INSERT INTO referral (patient_id, status, missing, off_label, therapy, diagnosis_code, submitted_on, submission, submitted_by)
       VALUES ($1, 'accepted', '{}', false, $2, $3, current_date, $4, 'bench') RETURNING id, created_at`,
      [patientId, order.therapy, order.diagnosisCode, JSON.stringify({ patient, order, ...rest })],
    );
    for (const [position, lab] of labs.entries()) {
      await client.query(
        'INSERT INTO referral_lab (referral_id, position, code, value, unit, collected_on, added_by) VALUES ($1, $2, $3, $4, $5, $6, $7)',
        [referral.id, position, lab.code, lab.value, lab.unit, lab.collectedOn, 'bench'],
      );
    }
    for (const [position, document] of documents.entries()) {
      const content = Buffer.from(document.contentBase64, 'base64');
      await client.query(
        'INSERT INTO referral_document (referral_id, position, type, title, content_type, size_bytes, content, added_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
        [
          referral.id,
          position,
          document.type,
          document.title,
          document.contentType,
          content.length,
          content,
          'bench',
        ],
      );
    }
    await client.query(
      `INSERT INTO referral_status_change (referral_id, status, changed_by) VALUES ($1, 'accepted', 'bench')`,
      [referral.id],
    );
    for (const type of ['org.infuse.referral.received.v1', 'org.infuse.referral.accepted.v1']) {
      await client.query(
        `INSERT INTO outbox (event_id, topic, type, source, subject, occurred_at, data, correlation_id)
         VALUES ($1, 'bench.referrals.referral.v1', $2, '/infuse/referrals', $3, now(), $4, $5)`,
        [randomUUID(), type, patientId, JSON.stringify({ referralId: referral.id }), referral.id],
      );
    }
    await client.query('COMMIT');
    reply.code(201);
    return {
      id: referral.id,
      patientId,
      status: 'accepted',
      missing: [],
      offLabel: false,
      createdAt: referral.created_at,
    };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
});

const address = await app.listen({ port: 0, host: '127.0.0.1' });
process.send?.({ listening: address });
process.once('SIGTERM', async () => {
  // Clients keep connections alive; close them rather than wait for them.
  app.server.closeAllConnections();
  await app.close();
  await pool.end();
  process.exit(0);
});
