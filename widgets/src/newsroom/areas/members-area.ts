// The members route (a federation's municipalities): defined when it first opens (app/areas.ts).
import './editing-elements.js';
import { defineAll } from '../../define.js';
import { NewsroomMemberJoinForm } from '../views/member-join-form.js';
import { NewsroomMemberList } from '../views/member-list.js';
import { NewsroomMembersView } from '../views/members-view.js';

defineAll({
  'newsroom-members-view': NewsroomMembersView,
  'newsroom-member-join-form': NewsroomMemberJoinForm,
  'newsroom-member-list': NewsroomMemberList,
});
