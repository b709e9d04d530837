// The profile route (a federation's public profile): defined when it first opens (app/areas.ts).
import { defineAll } from '../../define.js';
import { NewsroomProfileView } from '../views/profile-view.js';

defineAll({ 'newsroom-profile-view': NewsroomProfileView });
