import { useCallback, useEffect, useState } from 'react';
import { call, Problem } from './api';
import { m } from './messages';

type Me = { mustChangePassword: boolean };
type Own = {
  name: string;
  orgUnitName: string;
  termStartOn: string;
  termEndOn: string;
  checkedInToday: boolean;
  recentReports: { id: string; reportedOn: string; content: string }[];
  leaves: { id: string; destination: string; startOn: string; days: number; status: string }[];
  notices: { title: string; on: string }[];
};

/** The subject's phone: sign in, change the first password, today's check-in, 外出 requests, notices. */
export function PhoneApp() {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const load = useCallback(() => {
    call<Me>('GET', 'auth/me')
      .then(setMe)
      .catch(() => setMe(null));
  }, []);
  useEffect(load, [load]);
  const logout = async () => {
    await call('POST', 'auth/logout').catch(() => undefined);
    setMe(null);
  };
  return (
    <>
      <header>
        <h1>{m.title}</h1>
        {me && (
          <button type="button" onClick={logout}>
            {m.logout}
          </button>
        )}
      </header>
      <main>{me === undefined ? null : me === null ? <Login onDone={load} /> : me.mustChangePassword ? <ChangePassword onDone={load} /> : <Home />}</main>
    </>
  );
}

function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const run = async (f: () => Promise<void>) => {
    setBusy(true);
    setError('');
    try {
      await f();
    } catch (e) {
      setError(e instanceof Problem && e.message ? e.message : m.failed);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}

function Login({ onDone }: { onDone: () => void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const s = useSubmit();
  return (
    <section>
      <form onSubmit={(e) => (e.preventDefault(), s.run(async () => (await call('POST', 'auth/login', { username, password }), onDone())))}>
        <label htmlFor="u">{m.username}</label>
        <input id="u" autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} />
        <label htmlFor="p">{m.password}</label>
        <input id="p" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
        <button type="submit" className="wide" disabled={s.busy}>
          {m.login}
        </button>
        {s.error && <p className="error">{s.error}</p>}
      </form>
    </section>
  );
}

function ChangePassword({ onDone }: { onDone: () => void }) {
  const [oldPassword, setOld] = useState('');
  const [newPassword, setNew] = useState('');
  const s = useSubmit();
  return (
    <section>
      <h2>{m.changeTitle}</h2>
      <form onSubmit={(e) => (e.preventDefault(), s.run(async () => (await call('POST', 'auth/password', { oldPassword, newPassword }), onDone())))}>
        <label htmlFor="o">{m.oldPassword}</label>
        <input id="o" type="password" value={oldPassword} onChange={(e) => setOld(e.target.value)} />
        <label htmlFor="n">{m.newPassword}</label>
        <input id="n" type="password" autoComplete="new-password" value={newPassword} onChange={(e) => setNew(e.target.value)} />
        <button type="submit" className="wide" disabled={s.busy}>
          {m.change}
        </button>
        {s.error && <p className="error">{s.error}</p>}
      </form>
    </section>
  );
}

function Home() {
  const [own, setOwn] = useState<Own>();
  const [tab, setTab] = useState<'today' | 'study' | 'leaves' | 'notices'>('today');
  const reload = useCallback(() => {
    call<Own>('GET', 'correction/me').then(setOwn, () => undefined);
  }, []);
  useEffect(reload, [reload]);
  if (!own) return null;
  return (
    <>
      <section>
        <strong>{own.name}</strong> <span className="muted">{own.orgUnitName}</span>
        <div className="muted">{m.term(own.termStartOn, own.termEndOn)}</div>
      </section>
      <nav>
        {(['today', 'study', 'leaves', 'notices'] as const).map((k) => (
          <button type="button" key={k} className={tab === k ? 'on' : ''} onClick={() => setTab(k)}>
            {m.tabs[k]}
          </button>
        ))}
      </nav>
      {tab === 'today' && <Today own={own} onDone={reload} />}
      {tab === 'study' && <Study />}
      {tab === 'leaves' && <Leaves own={own} onDone={reload} />}
      {tab === 'notices' && (
        <section>
          <ul>{own.notices.length ? own.notices.map((n) => <li key={n.title + n.on}>{`${n.on} ${n.title}`}</li>) : <li className="muted">{m.noNotices}</li>}</ul>
        </section>
      )}
    </>
  );
}

const readBase64 = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });

function Today({ own, onDone }: { own: Own; onDone: () => void }) {
  const [content, setContent] = useState('');
  const [nilReport, setNil] = useState(true);
  const [photo, setPhoto] = useState<File>();
  const [withLocation, setWithLocation] = useState(true);
  const [position, setPosition] = useState<{ latitude: number; longitude: number; accuracy: number } | null | undefined>(undefined);
  const [result, setResult] = useState('');
  const s = useSubmit();
  useEffect(() => {
    if (!withLocation || !navigator.geolocation) return setPosition(null);
    navigator.geolocation.getCurrentPosition(
      (p) => setPosition({ latitude: p.coords.latitude, longitude: p.coords.longitude, accuracy: p.coords.accuracy }),
      () => setPosition(null),
      { timeout: 10_000, maximumAge: 60_000 },
    );
  }, [withLocation]);
  const submit = () =>
    s.run(async () => {
      if (!content.trim()) throw new Problem(400, 'validation', m.required(m.content));
      if (photo && photo.size > 1024 * 1024) throw new Problem(400, 'validation', m.photoTooBig);
      const body = {
        content: content.trim(),
        nilReport,
        ...(withLocation && position ? position : {}),
        ...(photo ? { photo: { mimeType: photo.type, base64: await readBase64(photo) } } : {}),
      };
      const r = await call<{ locationFlag: string | null }>('POST', 'correction/me/check-ins', body);
      setResult(r.locationFlag ? `${m.done}，${m.locationFlag(r.locationFlag)}` : m.done);
      setContent('');
      setPhoto(undefined);
      onDone();
    });
  return (
    <>
      <section>
        <h2>{m.today}</h2>
        <p className={own.checkedInToday ? 'ok' : 'warn'}>{own.checkedInToday ? m.checkedIn : m.notCheckedIn}</p>
        <label htmlFor="c">{m.content}</label>
        <textarea id="c" rows={3} placeholder={m.contentHint} value={content} maxLength={1000} onChange={(e) => setContent(e.target.value)} />
        <label>
          <input type="checkbox" checked={nilReport} onChange={(e) => setNil(e.target.checked)} />
          {m.nilReport}
        </label>
        <label htmlFor="ph">{m.photo}</label>
        <input id="ph" type="file" accept="image/jpeg,image/png,image/webp" capture="environment" onChange={(e) => setPhoto(e.target.files?.[0])} />
        <label>
          <input type="checkbox" checked={withLocation} onChange={(e) => setWithLocation(e.target.checked)} />
          {m.location}
        </label>
        {withLocation && <p className="muted">{position === undefined ? m.locating : position ? `${position.latitude.toFixed(4)}, ${position.longitude.toFixed(4)}` : m.noLocation}</p>}
        <button type="button" className="wide" disabled={s.busy} onClick={submit}>
          {m.submit}
        </button>
        {result && <p className="ok">{result}</p>}
        {s.error && <p className="error">{s.error}</p>}
      </section>
      <section>
        <h2>{m.recent}</h2>
        <ul>
          {own.recentReports.map((r) => (
            <li key={r.id}>{`${r.reportedOn} ${r.content}`}</li>
          ))}
        </ul>
      </section>
    </>
  );
}

function Leaves({ own, onDone }: { own: Own; onDone: () => void }) {
  const [reason, setReason] = useState('');
  const [destination, setDestination] = useState('');
  const [startOn, setStartOn] = useState('');
  const [days, setDays] = useState('1');
  const [done, setDone] = useState(false);
  const s = useSubmit();
  const submit = () =>
    s.run(async () => {
      await call('POST', 'correction/me/leaves', { reason: reason.trim(), destination: destination.trim(), startOn, days: Number(days) });
      setDone(true);
      setReason('');
      setDestination('');
      onDone();
    });
  return (
    <>
      <section>
        <h2>{m.leaves}</h2>
        <label htmlFor="r">{m.reason}</label>
        <input id="r" value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
        <label htmlFor="d">{m.destination}</label>
        <input id="d" value={destination} maxLength={100} onChange={(e) => setDestination(e.target.value)} />
        <label htmlFor="s">{m.startOn}</label>
        <input id="s" type="date" value={startOn} onChange={(e) => setStartOn(e.target.value)} />
        <label htmlFor="n">{m.days}</label>
        <input id="n" type="number" min={1} max={30} value={days} onChange={(e) => setDays(e.target.value)} />
        <button type="button" className="wide" disabled={s.busy} onClick={submit}>
          {m.apply}
        </button>
        {done && <p className="ok">{m.applied}</p>}
        {s.error && <p className="error">{s.error}</p>}
      </section>
      <section>
        <ul>
          {own.leaves.length ? (
            own.leaves.map((l) => <li key={l.id}>{`${l.startOn} ${l.destination} ${l.days}日 · ${m.leaveStatus[l.status] ?? l.status}`}</li>)
          ) : (
            <li className="muted">{m.noLeaves}</li>
          )}
        </ul>
      </section>
    </>
  );
}

type OwnStudy = {
  month: string;
  studyHours: number;
  serviceHours: number;
  target: number;
  materials: { id: string; title: string; hours: number; summary: string; doneToday: boolean }[];
  records: { id: string; on: string; kind: string; content: string; hours: number }[];
};

/** 自主学习: the materials, each recorded once a day when studied, and this month's study and 公益活动 hours. */
function Study() {
  const [study, setStudy] = useState<OwnStudy>();
  const [result, setResult] = useState('');
  const s = useSubmit();
  const reload = useCallback(() => {
    call<OwnStudy>('GET', 'correction/me/study').then(setStudy, () => undefined);
  }, []);
  useEffect(reload, [reload]);
  if (!study) return null;
  const finish = (id: string, title: string) =>
    s.run(async () => {
      const r = await call<{ hours: number; monthHours: number }>('POST', 'correction/me/study', { materialId: id });
      setResult(m.studied(title, r.hours, r.monthHours));
      reload();
    });
  return (
    <>
      <section>
        <h2>{m.study}</h2>
        <p className={study.studyHours + study.serviceHours >= study.target ? 'ok' : 'warn'}>{m.monthHours(study.month, study.studyHours, study.serviceHours, study.target)}</p>
        {result && <p className="ok">{result}</p>}
        {s.error && <p className="error">{s.error}</p>}
      </section>
      {study.materials.map((x) => (
        <section key={x.id}>
          <strong>{x.title}</strong> <span className="muted">{m.hours(x.hours)}</span>
          <p className="muted">{x.summary}</p>
          <button type="button" className="wide" disabled={s.busy || x.doneToday} onClick={() => finish(x.id, x.title)}>
            {x.doneToday ? m.studiedToday : m.finishStudy}
          </button>
        </section>
      ))}
      <section>
        <h2>{m.studyRecords}</h2>
        <ul>
          {study.records.length ? study.records.map((r) => <li key={r.id}>{`${r.on} ${m.studyKind[r.kind] ?? r.kind} ${r.content} ${m.hours(r.hours)}`}</li>) : <li className="muted">{m.noStudy}</li>}
        </ul>
      </section>
    </>
  );
}
