// Entry of the 台帳の検証 sidebar.
import { mount } from '../shared/mount';
import { ValidateApp } from './app';

mount(ValidateApp);
