import type { Handlers } from '../handlers';
import { listInterfaces, type Team } from './team';

type TeamCalls =
  | 'listInterfaces'
  | 'startSharing'
  | 'stopSharing'
  | 'teamStatus'
  | 'decideDevice'
  | 'revokeDevice'
  | 'joinSession'
  | 'leaveSession'
  | 'setStageState'
  | 'discoverSessions';

/** The contract's team-mode calls; payloads arrive validated by `dispatch`. */
export function teamHandlers(team: Team): Pick<Handlers, TeamCalls> {
  return {
    async listInterfaces() {
      return { interfaces: listInterfaces() };
    },
    async startSharing({ sessionId, address, renew }) {
      await team.startSharing(sessionId, address, renew);
      return team.status();
    },
    async stopSharing() {
      await team.stopSharing();
      return team.status();
    },
    async teamStatus() {
      return team.status();
    },
    async decideDevice({ deviceId, allow }) {
      team.decide(deviceId, allow);
      return team.status();
    },
    async revokeDevice({ deviceId }) {
      team.revoke(deviceId);
      return team.status();
    },
    async joinSession({ link }) {
      await team.join(link);
      return team.status();
    },
    async leaveSession({ sessionId }) {
      await team.leave(sessionId);
      return team.status();
    },
    async discoverSessions() {
      return { found: await team.discover() };
    },
    async setStageState({ sessionId, ...state }) {
      team.setStage(sessionId, state);
      return { sent: true };
    },
  };
}
