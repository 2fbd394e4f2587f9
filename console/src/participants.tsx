// The organisations, loaded once from the indexer, to put names to ids.
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { participants as fetchParticipants, type Participant } from './indexer';

interface ParticipantsState {
  list: Participant[];
  byId: Map<number, Participant>;
  error: string | null;
}

const Ctx = createContext<ParticipantsState>({ list: [], byId: new Map(), error: null });

export function ParticipantsProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<ParticipantsState>({ list: [], byId: new Map(), error: null });
  useEffect(() => {
    let cancelled = false;
    const load = () =>
      fetchParticipants()
        .then((list) => !cancelled && setState({ list, byId: new Map(list.map((p) => [p.id, p])), error: null }))
        .catch((e: Error) => !cancelled && setState((s) => ({ ...s, error: e.message })));
    void load();
    const timer = setInterval(load, 30_000);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, []);
  return <Ctx.Provider value={state}>{children}</Ctx.Provider>;
}

export function useParticipants(): ParticipantsState {
  return useContext(Ctx);
}
