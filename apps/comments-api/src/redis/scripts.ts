// Lua scripts for the idempotency records: each runs atomically in Redis. KEYS[1] is the key's
// record (JSON), KEYS[2] its lease: present while the request holding the key is alive.

/** ARGV: new record, owner, lease ms, retention ms. Returns {'claimed'}, {'in-flight'} or {'found', record}. */
export const claimScript = `
local current = redis.call('GET', KEYS[1])
if not current then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[4])
  redis.call('SET', KEYS[2], ARGV[2], 'PX', ARGV[3])
  return {'claimed'}
end
if redis.call('EXISTS', KEYS[2]) == 1 then return {'in-flight'} end
return {'found', current}`;

/** Takes over a record nobody holds. ARGV: expected record, new record, owner, lease ms, retention ms. */
export const takeOverScript = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] or redis.call('EXISTS', KEYS[2]) == 1 then return 0 end
redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[5])
redis.call('SET', KEYS[2], ARGV[3], 'PX', ARGV[4])
return 1`;

/** Replaces an in-flight record with its answer and ends the lease. ARGV: expected record, answered record, retention ms. */
export const completeScript = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
redis.call('DEL', KEYS[2])
return 1`;

/** Forgets a record that is still the expected one. ARGV: expected record. */
export const releaseScript = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('DEL', KEYS[1], KEYS[2])
return 1`;
