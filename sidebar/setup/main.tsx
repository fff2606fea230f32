// Entry of the set-up sidebar (the menu opens it on a file not yet set up).
import { mount } from '../shared/mount';
import { SetupApp } from './app';

mount(SetupApp);
